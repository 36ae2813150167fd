const NEXT = { red: "green", green: "yellow", yellow: "red" }; //@ next
const WAIT = { red: 30, green: 25, yellow: 5 }; //@ wait

let light = "red"; //@ start
for (let i = 0; i < 4; i++) { //@ loop
  console.log(`${light} for ${WAIT[light]}s`); //@ print
  light = NEXT[light]; //@ step
}
console.log(light === "green"); //@ eq
