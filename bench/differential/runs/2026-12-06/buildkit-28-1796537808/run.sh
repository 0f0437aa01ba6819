bravo bravo 4
