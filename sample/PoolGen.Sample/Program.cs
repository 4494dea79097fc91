using System;
using PoolGen.Sample;

float[] map = { 1, 1, 2, 4, 5, 6, 7, 8, 3, 2, 1, 0, 1, 2, 3, 4 };
float[] max = new float[4];
Kernels.MaxPool4x4(map, max);
Console.WriteLine(string.Join(" ", max));
float[] avg = new float[4];
Kernels.AveragePool4x4(map, avg);
Console.WriteLine(string.Join(" ", avg));
Kernels.MaxPool2x2(map, max, 1, 4, 4);
Console.WriteLine(string.Join(" ", max));
