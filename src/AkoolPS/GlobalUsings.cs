// The cmdlets' shared parts, by concern: Base holds the cmdlet base classes, Sessions the session and its
// settings, Errors the one mapping of failures to error records, Arguments the parameter transformations
// and request builders. Every cmdlet uses them, so they are imported once here.
global using AkoolPS.Arguments;
global using AkoolPS.Base;
global using AkoolPS.Errors;
global using AkoolPS.Sessions;
