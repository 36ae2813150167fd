function area(shape) { //@ fn
  switch (shape.kind) { //@ match
    case "circle": //@ circle
      return Math.PI * shape.radius ** 2;
    case "rect": //@ rect
      return shape.width * shape.height;
  }
}

// A new kind of shape slips through and produces undefined.
console.log(area({ kind: "triangle", base: 2, height: 3 })); //@ call
