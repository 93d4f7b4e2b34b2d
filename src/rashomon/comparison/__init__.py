"""One story: the comparison of several outlets' articles about one event.

:mod:`.pipeline` runs the stages in order (clean, segment, entities, claims, align, conflicts,
framing, digest); each stage is a module here, a plain function from typed records to typed
records. Nothing in this package reaches the store.
"""
