# room
