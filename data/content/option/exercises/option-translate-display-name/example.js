const assert = require("node:assert");

function displayName(user) {
  return user?.profile?.nickname ?? user?.name ?? "anonymous";
}

assert.strictEqual(displayName(undefined), "anonymous");
assert.strictEqual(displayName({ name: "Ada" }), "Ada");
assert.strictEqual(displayName({ name: "Ada", profile: {} }), "Ada");
assert.strictEqual(displayName({ name: "Ada", profile: { nickname: "countess" } }), "countess");
