"""Many articles: near duplicates, the term space, the online clusterer and the ingest.

The many-article side calls the comparison through one function
(:func:`rashomon.comparison.pipeline.compare`, from :mod:`.ingestion`).
"""
