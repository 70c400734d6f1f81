using CydShunt.Protocol.Primitives;

namespace CydShunt.Protocol
{
    /// <summary>A control-point request: an opcode and, for opcodes that take one, a parameter.</summary>
    public struct ControlPointRequest
    {
        /// <summary>Creates a request.</summary>
        /// <param name="opcode">The opcode.</param>
        /// <param name="parameter">The parameter, or <see cref="Measurement.NotAvailable"/> for opcodes without one.</param>
        public ControlPointRequest(ControlPointOpcode opcode, int parameter)
        {
            Opcode = opcode;
            Parameter = parameter;
        }

        /// <summary>The opcode.</summary>
        public ControlPointOpcode Opcode { get; }

        /// <summary>The parameter, or <see cref="Measurement.NotAvailable"/> for opcodes without one.</summary>
        public int Parameter { get; }

        /// <summary>The fields by name, e.g. for logs and the debugger.</summary>
        /// <returns>The text.</returns>
        public override string ToString()
        {
            return "ControlPointRequest { Opcode = " + ValueText.Opcode(Opcode) + ", Parameter = " + ValueText.Number(Parameter) + " }";
        }
    }
}
