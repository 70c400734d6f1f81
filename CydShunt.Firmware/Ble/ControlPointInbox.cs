using System;
using CydShunt.Firmware.Platform;

namespace CydShunt.Firmware.Ble
{
    /// <summary>
    /// Accepts control-point writes one at a time: checks them in the spec's order, keeps the accepted request's bytes
    /// until the main loop takes them, and refuses the next until the response is confirmed (spec/gatt.md "Procedure").
    /// Not thread-safe: see the locking rule in <see cref="BleTelemetryService"/>.
    /// </summary>
    internal sealed class ControlPointInbox
    {
        private readonly byte[] _request;
        private int _requestLength;
        private bool _busy;
        private bool _pending;

        /// <summary>Creates the inbox.</summary>
        /// <param name="request">Where an accepted request's bytes are kept; <see cref="ControlPointHandler"/> decodes them.</param>
        public ControlPointInbox(byte[] request)
        {
            _request = request;
        }

        /// <summary>Answers a write of the control point's value.</summary>
        /// <param name="authenticated">The link is authenticated.</param>
        /// <param name="indicationsEnabled">The central enabled the control point's indications.</param>
        /// <param name="value">The written bytes.</param>
        /// <param name="length">How many.</param>
        /// <returns><see cref="AttError.None"/> when accepted, otherwise the ATT error.</returns>
        public byte Accept(bool authenticated, bool indicationsEnabled, byte[] value, int length)
        {
            // The order is the spec's: security, then CCCD, then a request still in flight.
            if (!authenticated)
            {
                return AttError.InsufficientAuthentication;
            }

            if (!indicationsEnabled)
            {
                return AttError.CccdImproperlyConfigured;
            }

            if (_busy)
            {
                return AttError.ProcedureAlreadyInProgress;
            }

            // Accepted whatever the content: the request is decoded and carried out on the main loop, which then
            // indicates the result. Bytes after the longest request do not change the decoding.
            int count = length < 0 ? 0 : length;
            if (count > _request.Length)
            {
                count = _request.Length;
            }

            if (count > 0)
            {
                Array.Copy(value, 0, _request, 0, count);
            }

            _requestLength = count;
            _busy = true;
            _pending = true;
            return AttError.None;
        }

        /// <summary>Takes an accepted request that has not been carried out yet.</summary>
        /// <param name="length">How many bytes of the request buffer it has.</param>
        /// <returns>Whether there was one.</returns>
        public bool TryTake(out int length)
        {
            length = _requestLength;
            if (!_pending)
            {
                return false;
            }

            _pending = false;
            return true;
        }

        /// <summary>
        /// The wait for the response ends: it was confirmed, could not be sent, or the central left. A request already
        /// accepted is still carried out (the central was told so).
        /// </summary>
        public void EndWait()
        {
            _busy = false;
        }
    }
}
