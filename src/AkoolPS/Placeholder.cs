namespace AkoolPS; internal static class Placeholder { }
