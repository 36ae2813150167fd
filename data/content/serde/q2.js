const user = { name: "Ferris", nickname: undefined, tags: ["crab", undefined] };
console.log(JSON.stringify(user));
