"""The garbage-collector pause around a comparison always restores the collector."""

from __future__ import annotations

import gc

import pytest

from ccwdiff.core.perf import gc_paused


@gc_paused
def _inner() -> bool:
    return gc.isenabled()


@gc_paused
def _outer() -> tuple[bool, bool]:
    return _inner(), gc.isenabled()


@gc_paused
def _fails() -> None:
    raise ValueError("boom")


def test_paused_inside_and_restored_after_nesting() -> None:
    assert gc.isenabled()
    assert _outer() == (False, False)
    assert gc.isenabled()


def test_restored_after_an_exception() -> None:
    with pytest.raises(ValueError):
        _fails()
    assert gc.isenabled()


def test_left_off_when_it_was_off() -> None:
    gc.disable()
    try:
        assert _inner() is False
        assert not gc.isenabled()
    finally:
        gc.enable()
