const setting = "80a0"; //@ input

// parseInt stops at the first character that is not a digit, and carries on.
const port = parseInt(setting, 10); //@ parse
console.log(`listening on port ${port}`); //@ print
