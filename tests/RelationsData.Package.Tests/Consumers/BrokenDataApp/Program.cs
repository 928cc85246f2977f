Console.WriteLine("This app must not build: data/countries/atlantis.json has a bad alpha-2 code.");
