-- expect: 3 exceeded its instruction budget
while true do end
