// In a real project, area() would live in geometry.mjs and be imported with:
//   import { area } from "./geometry.mjs";
import { basename } from "node:path";

export function area(width, height) {
  return width * height;
}

console.log(area(2, 3));
console.log(basename("/home/ferris/notes.txt"));
