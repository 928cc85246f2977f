using System;
using RelationsData.Explorer;

// The same line ends on every system, so output compares and pipes alike.
Console.Out.NewLine = "\n";
Console.Error.NewLine = "\n";
return Explorer.Run(args, Console.Out, Console.Error);
