// NODE_ENV=production node profiles.js   prints the other line
const production = process.env.NODE_ENV === "production"; //@ flag

if (production) { //@ check
  console.log("production: optimised, fewer checks"); //@ release
} else { //@ else
  console.log("development: extra checks switched on"); //@ debug
}
