// In a project, area() would live in geometry.mjs and be imported with:
//   import { area } from "./geometry.mjs";
import { basename } from "node:path"; //@ std

export function area(width, height) { //@ area
  return width * height;
}

console.log(area(2, 3)); //@ call
console.log(basename("/home/ferris/notes.txt")); //@ base
