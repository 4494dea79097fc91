using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace PoolGen.ResNet18.Onnx
{
    /// <summary>
    /// One field of a protobuf message as it appears on the wire: its number, wire type, value (varints and fixed-width
    /// values in <see cref="Scalar"/>, length-delimited values in <see cref="Payload"/>) and the field's whole encoding,
    /// tag included (<see cref="Raw"/>), so that a message can be written back field by field without being decoded.
    /// </summary>
    internal readonly struct ProtoField
    {
        public ProtoField(int number, int wireType, ulong scalar, ReadOnlyMemory<byte> payload, ReadOnlyMemory<byte> raw)
        {
            Number = number;
            WireType = wireType;
            Scalar = scalar;
            Payload = payload;
            Raw = raw;
        }

        public int Number { get; }

        /// <summary>0 varint, 1 fixed 64-bit, 2 length-delimited, 5 fixed 32-bit.</summary>
        public int WireType { get; }

        public ulong Scalar { get; }

        public ReadOnlyMemory<byte> Payload { get; }

        public ReadOnlyMemory<byte> Raw { get; }

        public long Int64 => unchecked((long)Scalar);

        public string String => Encoding.UTF8.GetString(Payload.Span);

        public float Float => BitConverter.Int32BitsToSingle(unchecked((int)(uint)Scalar));
    }

    /// <summary>A minimal protobuf decoder: the fields of one message, in wire order (proto3, no groups).</summary>
    internal static class ProtoReader
    {
        public static List<ProtoField> Fields(ReadOnlyMemory<byte> message)
        {
            var fields = new List<ProtoField>();
            ReadOnlySpan<byte> span = message.Span;
            int position = 0;
            while (position < span.Length)
            {
                int start = position;
                ulong tag = Varint(span, ref position);
                int number = checked((int)(tag >> 3));
                int wireType = (int)(tag & 7);
                ulong scalar = 0;
                ReadOnlyMemory<byte> payload = ReadOnlyMemory<byte>.Empty;
                switch (wireType)
                {
                    case 0:
                        scalar = Varint(span, ref position);
                        break;
                    case 1:
                        Need(span, position, 8);
                        scalar = System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(span.Slice(position, 8));
                        position += 8;
                        break;
                    case 2:
                        int length = checked((int)Varint(span, ref position));
                        Need(span, position, length);
                        payload = message.Slice(position, length);
                        position += length;
                        break;
                    case 5:
                        Need(span, position, 4);
                        scalar = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(span.Slice(position, 4));
                        position += 4;
                        break;
                    default:
                        throw new InvalidDataException($"Protobuf wire type {wireType} (field {number}) is not supported.");
                }

                if (number == 0)
                {
                    throw new InvalidDataException("Protobuf field number 0.");
                }

                fields.Add(new ProtoField(number, wireType, scalar, payload, message.Slice(start, position - start)));
            }

            return fields;
        }

        /// <summary>The values of a repeated integer field, packed (one length-delimited field) or not (one field each).</summary>
        public static void AddInt64s(ProtoField field, List<long> values)
        {
            if (field.WireType == 0)
            {
                values.Add(field.Int64);
                return;
            }

            ReadOnlySpan<byte> span = field.Payload.Span;
            int position = 0;
            while (position < span.Length)
            {
                values.Add(unchecked((long)Varint(span, ref position)));
            }
        }

        private static ulong Varint(ReadOnlySpan<byte> span, ref int position)
        {
            ulong value = 0;
            for (int shift = 0; shift < 64; shift += 7)
            {
                Need(span, position, 1);
                byte b = span[position++];
                value |= (ulong)(b & 0x7F) << shift;
                if (b < 0x80)
                {
                    return value;
                }
            }

            throw new InvalidDataException("Protobuf varint longer than 10 bytes.");
        }

        private static void Need(ReadOnlySpan<byte> span, int position, int count)
        {
            if (count < 0 || span.Length - position < count)
            {
                throw new InvalidDataException("Protobuf message ends inside a field.");
            }
        }
    }

    /// <summary>A protobuf message being written: fields appended in order.</summary>
    internal sealed class ProtoWriter
    {
        private readonly MemoryStream _bytes = new();

        public void Int64(int field, long value)
        {
            Tag(field, 0);
            Varint(unchecked((ulong)value));
        }

        public void String(int field, string value) => Bytes(field, Encoding.UTF8.GetBytes(value));

        public void Message(int field, ProtoWriter value) => Bytes(field, value.ToArray());

        public void Bytes(int field, ReadOnlySpan<byte> value)
        {
            Tag(field, 2);
            Varint((ulong)value.Length);
            _bytes.Write(value);
        }

        /// <summary>Appends a field exactly as it was read (<see cref="ProtoField.Raw"/>).</summary>
        public void Raw(ProtoField field) => _bytes.Write(field.Raw.Span);

        public byte[] ToArray() => _bytes.ToArray();

        private void Tag(int field, int wireType) => Varint(((ulong)field << 3) | (uint)wireType);

        private void Varint(ulong value)
        {
            while (value >= 0x80)
            {
                _bytes.WriteByte((byte)(value | 0x80));
                value >>= 7;
            }

            _bytes.WriteByte((byte)value);
        }
    }
}
