-- expect: 3 a case file holds data only
os.execute("touch /tmp/vrtool-pwned")
return {}
