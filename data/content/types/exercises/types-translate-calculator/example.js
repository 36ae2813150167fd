const assert = require("node:assert");

/**
 * @typedef {{ kind: "add", value: number }
 *         | { kind: "multiply", value: number }
 *         | { kind: "negate" }
 *         | { kind: "reset" }} Op
 */

/** @param {Op[]} ops */
function run(ops) {
  let acc = 0;
  for (const op of ops) {
    switch (op.kind) {
      case "add":
        acc += op.value;
        break;
      case "multiply":
        acc *= op.value;
        break;
      case "negate":
        acc = -acc;
        break;
      case "reset":
        acc = 0;
        break;
    }
  }
  return acc;
}

assert.strictEqual(run([]), 0);
assert.strictEqual(run([{ kind: "add", value: 4 }, { kind: "multiply", value: 3 }]), 12);
assert.strictEqual(run([{ kind: "add", value: 5 }, { kind: "negate" }]), -5);
assert.strictEqual(
  run([{ kind: "add", value: 9 }, { kind: "reset" }, { kind: "add", value: 2 }]),
  2,
);
