function area(shape) {
  switch (shape.kind) {
    case "circle":
      return Math.PI * shape.radius ** 2;
    case "rect":
      return shape.width * shape.height;
  }
}

// A new kind of shape slips through and produces undefined.
console.log(area({ kind: "triangle", base: 2, height: 3 }));
