// The netstandard2.0 stand-ins (Platform/Netstandard20.cs) are in scope wherever the library calls those APIs.
#if NETSTANDARD2_0
global using RelationsData.Platform;
#endif
