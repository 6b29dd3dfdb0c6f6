"""TimeBudget: the pure steps of a page import run in a worker thread, together within one budget."""

from __future__ import annotations

import threading

import pytest

from songgraph.services.importing import OverBudget, TimeBudget

pytestmark = pytest.mark.anyio


async def test_steps_run_in_a_worker_thread_and_give_back_their_result() -> None:
    budget = TimeBudget(30)
    loop_thread = threading.get_ident()
    assert await budget(threading.get_ident) != loop_thread
    assert await budget(lambda: 6 * 7) == 42
    assert 0 < budget.spent < 30


async def test_a_step_still_running_at_the_end_of_the_budget_is_over_budget() -> None:
    release = threading.Event()  # set only after the budget has run out, so the step cannot finish in time
    budget = TimeBudget(0.05)
    try:
        with pytest.raises(OverBudget) as caught:
            await budget(release.wait)
    finally:
        release.set()
    assert caught.value.seconds == 0.05 and "time budget of 0.05 s" in str(caught.value)
    # The budget is spent: a further step is refused without being run.
    ran: list[bool] = []
    with pytest.raises(OverBudget):
        await budget(lambda: ran.append(True))
    assert ran == []
