try {
  // Fails at run time: `npm install semver` was never run.
  const semver = require("semver"); //@ use
  console.log(semver.satisfies("1.4.2", "^1.2")); //@ check
} catch (err) {
  console.log(err.code);
}
