class NotFoundError extends Error {}
class PermissionError extends Error {}

function readFile(path) {
  if (path.startsWith("/root")) throw new PermissionError(path);
  throw new NotFoundError(path);
}

for (const path of ["/tmp/a.txt", "/root/b.txt"]) {
  try {
    readFile(path);
  } catch (err) {
    // Any value can be thrown, so we check what we got at run time.
    if (err instanceof NotFoundError) console.log(`not found: ${err.message}`);
    else if (err instanceof PermissionError) console.log(`denied: ${err.message}`);
    else throw err;
  }
}
