/**
 * @typedef {{ kind: "circle", radius: number }
 *         | { kind: "rect", width: number, height: number }} Shape
 */

/** @param {Shape} shape */
function area(shape) { //@ fn
  switch (shape.kind) { //@ match
    case "circle": //@ circle
      return Math.PI * shape.radius ** 2;
    case "rect": //@ rect
      return shape.width * shape.height;
  }
}

console.log(area({ kind: "circle", radius: 1 }).toFixed(2)); //@ c
console.log(area({ kind: "rect", width: 2, height: 3 }).toFixed(2)); //@ r
