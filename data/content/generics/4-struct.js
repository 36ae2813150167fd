class Point { //@ struct
  constructor(x, y) { //@ new
    this.x = x;
    this.y = y;
  }
  swap() { //@ swap
    return new Point(this.y, this.x); //@ swapbody
  }
  // Only meaningful for whole numbers, but nothing enforces that.
  manhattan() { //@ manhattan
    return Math.abs(this.x) + Math.abs(this.y); //@ mbody
  }
}

const grid = new Point(3, -4); //@ grid
const map = new Point(51.5, -0.12); //@ map
console.log(grid.manhattan(), grid.swap().x); //@ print1
console.log(map.swap().x); //@ print2
