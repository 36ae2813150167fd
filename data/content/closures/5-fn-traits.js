function applyTwice(f, x) { //@ fn
  return f(f(x)); //@ fnbody
}

function repeat(times, action) { //@ mut
  for (let i = 0; i < times; i++) action(); //@ mutbody
}

function finish(done) { //@ once
  return done(); //@ oncebody
}

console.log(applyTwice((n) => n + 3, 1)); //@ callfn
const log = []; //@ log
repeat(3, () => log.push("tick")); //@ callmut
const report = `${log.length} ticks`; //@ report
console.log(finish(() => report)); //@ callonce
