const start = Date.now();

setTimeout(() => console.log("tick"), 50); // due after 50 ms //@ tick

// Synchronous work: the event loop cannot run the timer until it ends.
while (Date.now() - start < 300) {} //@ block
console.log("work done"); //@ done
