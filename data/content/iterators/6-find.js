const temps = [12, 17, 23, 19, 25]; //@ list

const firstWarm = temps.find((t) => t > 20); //@ find
const firstHot = temps.find((t) => t > 30); //@ none
const index = temps.findIndex((t) => t > 30); //@ position

console.log(firstWarm, firstHot, index); //@ print
console.log(temps.some((t) => t < 0), temps.every((t) => t > 10)); //@ anyall
