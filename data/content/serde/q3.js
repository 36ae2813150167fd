const user = JSON.parse('{ "name": "Ferris", "age": "7" }');
console.log(`${user.name} will be ${user.age + 1} next year`);
