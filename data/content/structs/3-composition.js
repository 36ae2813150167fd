class Person {
  constructor(name) {
    this.name = name; //@ name
  }
  greeting() { //@ greet
    return `Hi, I am ${this.name}`;
  }
}

// Employee inherits name and greeting() from Person.
class Employee extends Person { //@ employee
  constructor(name, role) {
    super(name); //@ inner
    this.role = role; //@ role
  }
  introduce() { //@ intro
    return `${this.greeting()}, the ${this.role}`; //@ forward
  }
}

const ada = new Employee("Ada", "engineer"); //@ make
console.log(ada.introduce()); //@ print
