// JavaScript converts between types for you, in both directions.
console.log("5" * 2);
console.log("5" + 2); //@ add
console.log("5" - "2");
