/* cw-test-limits.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/*
 * Tests never pass or fail by how fast the machine is (a busy CI machine, valgrind, ASan).
 * Where a test must wait, it waits for what it needs with a bound far above anything real;
 * a hang is caught by the suite's meson timeout (tests/meson.build).
 */

/* The bound for anything that must merely happen or finish (a frame, a compile). */
#define CW_TEST_FINISHES_MS 30000

/* g_test_trap_subprocess()'s limit for a child that must merely finish: none of its own.
 * A child that hangs is killed with its parent by the suite's meson timeout. */
#define CW_TEST_SUBPROCESS_NO_LIMIT 0
