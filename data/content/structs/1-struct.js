class Rectangle { //@ struct
  constructor(width, height) { //@ new
    this.width = width; //@ fields
    this.height = height; //@ fields
  }

  area() { //@ area
    return this.width * this.height;
  }

  scale(factor) { //@ scale
    this.width *= factor;
    this.height *= factor;
  }
}

const rect = new Rectangle(3, 4); //@ make
console.log(rect.area()); //@ print1
rect.scale(2); //@ call
console.log(rect.area()); //@ print2
