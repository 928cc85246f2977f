namespace RelationsData;

/// <summary>A source that facts cite. Field names follow CSL-JSON where one fits.</summary>
/// <param name="Id">The stable id used by citations in the data files.</param>
/// <param name="Type">The CSL item type, such as <c>article-newspaper</c> or <c>entry-encyclopedia</c>.</param>
/// <param name="Title">The title, exactly as published.</param>
/// <param name="ContainerTitle">The website, newspaper or encyclopedia it appeared in, when the source names one.</param>
/// <param name="Url">The address, when the source gives one.</param>
/// <param name="Issued">The publication date, to the precision given.</param>
/// <param name="Note">A remark on the reference itself.</param>
public sealed record Reference(string Id, string Type, string Title, string? ContainerTitle, string? Url, PartialDate? Issued, string? Note)
{
    /// <summary>A one-line citation: title, container and date.</summary>
    /// <returns>The citation text.</returns>
    public string ToCitation()
    {
        var text = $"\"{Title}\"";
        if (ContainerTitle is not null)
        {
            text += $". {ContainerTitle}";
        }

        if (Issued is { } issued)
        {
            text += $". {issued}";
        }

        return Url is null ? text + "." : $"{text}. {Url}";
    }
}
