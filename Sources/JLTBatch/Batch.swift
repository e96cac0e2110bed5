// placeholder while the batch is written
