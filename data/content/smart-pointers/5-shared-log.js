const log = []; //@ log
const listeners = []; //@ emitter

const on = (listener) => listeners.push(listener); //@ on
const emit = (event) => listeners.forEach((listener) => listener(event)); //@ emit

// Both closures capture the same array.
on((event) => log.push(`audit: ${event}`)); //@ audit
on((event) => log.push(`mail: ${event}`)); //@ mail

emit("signup"); //@ fire
emit("order"); //@ fire
console.log(log.join("\n")); //@ print
