"""The collector's full collections kept to a block's own objects, and handed everything back."""

from __future__ import annotations

import gc
import threading

from rashomon.young_objects import collecting_young_objects, collector_paused, freeze_survivors


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_a_block_freezes_what_was_alive_and_hands_it_back() -> None:
    alive = [_Cycle() for _ in range(10)]
    assert gc.get_freeze_count() == 0
    with collecting_young_objects():
        assert gc.get_freeze_count() >= len(alive)
    assert gc.get_freeze_count() == 0


def test_garbage_made_inside_the_block_is_collected() -> None:
    with collecting_young_objects():
        gc.collect()
        _Cycle()  # unreachable at once: a cycle only the collector frees
        assert gc.collect() >= 1


def test_nested_and_overlapping_blocks_hand_back_at_the_last_end() -> None:
    inner_done, outer_may_end = threading.Event(), threading.Event()
    counts: list[int] = []

    def other() -> None:
        with collecting_young_objects():
            inner_done.set()
            outer_may_end.wait(5)

    with collecting_young_objects(freeze_now=False):
        with collecting_young_objects():
            pass
        counts.append(gc.get_freeze_count())  # the outer block still holds the frozen objects
        thread = threading.Thread(target=other)
        thread.start()
        inner_done.wait(5)
    counts.append(gc.get_freeze_count())  # the thread's block is still open
    outer_may_end.set()
    thread.join()
    assert counts[0] > 0 and counts[1] > 0
    assert gc.get_freeze_count() == 0


def test_survivors_are_frozen_only_inside_a_block() -> None:
    freeze_survivors()
    assert gc.get_freeze_count() == 0
    with collecting_young_objects(freeze_now=False):
        assert gc.get_freeze_count() == 0
        freeze_survivors()
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0


def test_the_collector_paused_comes_back_as_it_was() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()  # a caller that had it off keeps it off
    finally:
        gc.enable()


def test_a_comparison_leaves_nothing_frozen(tmp_path) -> None:
    from rashomon.comparison.pipeline import compare

    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Flood in Ostrava\nThe river rose by two metres on Monday, officials said.\n", encoding="utf-8")
    b.write_text("Ostrava floods\nOfficials said the river rose by three metres on Monday.\n", encoding="utf-8")
    compare([a, b])
    assert gc.get_freeze_count() == 0
