-- expect: 3 a case file must end with `return {
return "hello"
