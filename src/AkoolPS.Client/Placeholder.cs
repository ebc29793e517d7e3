namespace AkoolPS.Client; internal static class Placeholder { }
