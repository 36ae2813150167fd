// (2 + 3) * 4 as a tree of plain objects
const expr = { //@ build
  op: "*", //@ build
  left: { op: "+", left: { num: 2 }, right: { num: 3 } }, //@ left
  right: { num: 4 }, //@ right
};

function evaluate(e) { //@ fn
  if (e.op === "+") return evaluate(e.left) + evaluate(e.right); //@ add
  if (e.op === "*") return evaluate(e.left) * evaluate(e.right); //@ mul
  return e.num; //@ num
}

console.log(evaluate(expr)); //@ print
