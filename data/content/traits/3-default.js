// A base class supplies the shared method.
class Greeter {
  greeting() { //@ default
    return `Hello, I am ${this.name()}.`; //@ defaultbody
  }
}

class Robot extends Greeter { //@ robot
  name() { //@ robotname
    return "R2";
  }
}

class Pirate extends Greeter { //@ pirate
  name() { //@ piratename
    return "Anne";
  }
  greeting() { //@ override
    return `Ahoy, ${this.name()} here.`;
  }
}

for (const g of [new Robot(), new Pirate()]) console.log(g.greeting()); //@ print
