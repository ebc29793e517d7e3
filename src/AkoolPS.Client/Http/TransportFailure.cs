using System;
using System.IO;
using System.Net;
using System.Net.Sockets;

namespace AkoolPS.Client.Http;

/// <summary>Classifies network failures: whether a request can have reached the server, and how to say what happened.</summary>
internal static class TransportFailure
{
    /// <summary>
    /// True only when the connection was never made (refused, name not resolved, network unreachable),
    /// so the request cannot have reached Akool. Anything else may have been received.
    /// </summary>
    public static bool NeverSent(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is SocketException socket)
            {
                return socket.SocketErrorCode is SocketError.ConnectionRefused or SocketError.HostNotFound
                    or SocketError.TryAgain or SocketError.NoData or SocketError.HostUnreachable
                    or SocketError.NetworkUnreachable or SocketError.AddressNotAvailable;
            }

            if (current is WebException web)
            {
                return web.Status is WebExceptionStatus.ConnectFailure or WebExceptionStatus.NameResolutionFailure
                    or WebExceptionStatus.ProxyNameResolutionFailure;
            }
        }

        return false;
    }

    /// <summary>A short, secret-free description of a network failure.</summary>
    public static string Describe(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case SocketException socket:
                    return socket.SocketErrorCode switch
                    {
                        SocketError.ConnectionRefused => "the connection was refused",
                        SocketError.HostNotFound or SocketError.TryAgain or SocketError.NoData => "the host name could not be resolved",
                        SocketError.ConnectionReset => "the connection was reset",
                        SocketError.TimedOut => "the connection timed out",
                        _ => "a network error (" + socket.SocketErrorCode + ")",
                    };
                case IOException when current.InnerException is null:
                    return "the connection was closed before the answer was complete";
            }
        }

        return "the connection failed before an answer came (" + exception.GetType().Name + ")";
    }
}
