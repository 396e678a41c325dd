using SignauxFaibles.Domain.Events;

namespace SignauxFaibles.Formats.Core;

/// <summary>
/// Writes events of one type in a partner's native layout (the exact layout the matching reader reads).
/// The header is written by the constructor, so an empty file is still a valid file.
/// </summary>
public interface IPartnerFileWriter<in TEvent>
    where TEvent : FirmEvent
{
    void Write(TEvent e);
}
