const assert = require("node:assert");

function statusText(code) {
  switch (code) {
    case 200:
      return "OK";
    case 201:
      return "Created";
    case 301:
    case 302:
      return "Redirect";
    case 404:
      return "Not Found";
    default:
      if (code >= 500 && code <= 599) {
        return "Server Error";
      }
      return "Unknown";
  }
}

assert.strictEqual(statusText(200), "OK");
assert.strictEqual(statusText(201), "Created");
assert.strictEqual(statusText(301), "Redirect");
assert.strictEqual(statusText(302), "Redirect");
assert.strictEqual(statusText(404), "Not Found");
assert.strictEqual(statusText(500), "Server Error");
assert.strictEqual(statusText(503), "Server Error");
assert.strictEqual(statusText(599), "Server Error");
assert.strictEqual(statusText(600), "Unknown");
assert.strictEqual(statusText(418), "Unknown");
