using System;
using RelationsData.Explorer;

return Explorer.Run(args, Console.Out, Console.Error);
