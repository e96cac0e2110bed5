print("jlt")
