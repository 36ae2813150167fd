class Circle { //@ circle
  constructor(r) {
    this.r = r;
  }
  area() { //@ carea
    return Math.PI * this.r * this.r;
  }
}

class Square { //@ square
  constructor(side) {
    this.side = side;
  }
  area() { //@ sarea
    return this.side * this.side;
  }
}

const shapes = [new Circle(1), new Square(2)]; //@ list
const total = shapes.reduce((sum, s) => sum + s.area(), 0); //@ total
console.log(total.toFixed(2)); //@ print
